// Component tests opt into jsdom with `// @vitest-environment jsdom`; matchers for both.
import '@testing-library/jest-dom/vitest';
