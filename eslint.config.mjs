import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "data/**",
      "lib/server/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "results/**",
      "bench-results/**",
      "next-env.d.ts",
    ],
  },
  {
    files: ["lib/router/**/*.ts"],
    rules: {
      // The router core is a library: it must not depend on the web framework or the ORM.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*"], message: "lib/router must not import next." },
            { group: ["@prisma/*", "**/db/generated/**"], message: "lib/router must not import the Prisma client." },
          ],
        },
      ],
    },
  },
];

export default config;
