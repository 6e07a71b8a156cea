// Stands in for the `server-only` marker package under Vitest (tests run in Node, not a bundle).
export {};
