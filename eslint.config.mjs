import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Layers (ARCHITECTURE.md): lib never imports app/ or components/. Written as an import
// restriction so a break fails `npm run lint`. (Client components import their route's server
// actions, as Next intends, so components/ -> app/ is not restricted.)
const layerRule = (from, message) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: [{ group: from, message }],
    },
  ],
});

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      ".data/**",
      "lib/generated/**",
      "public/sw.js",
      "public/swe-worker*.js",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A timer handle declared before the closure that clears it, assigned once after.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // CommonJS preloads (node -r) are required by name, not imported.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Tests and benches read JSON of many shapes; `any` there is the honest type.
    files: ["**/*.test.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Tests of route handlers live beside the harness in lib/ and import the route under test.
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.test.ts"],
    rules: layerRule(
      ["@/app/*", "@/components/*", "**/app/*", "**/components/*"],
      "lib/ must not import app/ or components/ (ARCHITECTURE.md: layers).",
    ),
  },
];

export default config;
