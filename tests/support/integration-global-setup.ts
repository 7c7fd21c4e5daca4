import type { TestProject } from "vitest/node";
import { createTestDatabase, type TestDatabase } from "./test-database";

let database: TestDatabase | undefined;

export async function setup(project: TestProject) {
  database = await createTestDatabase("integratie");
  project.provide("databaseUrl", database.url);
}

export async function teardown() {
  await database?.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
