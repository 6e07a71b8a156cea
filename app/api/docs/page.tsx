// /api/docs: the OpenAPI document rendered on the server for people. No client script and
// no external assets, so it works offline and on the shop's own network.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { loadAllRoutes } from "@/lib/api/routes";
import { OperationCard, type DocOperation } from "./operation-card";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API" };

const ERROR_EXAMPLE = `{"error": {"code": "insufficient_stock", "message": "Only 3 left", "fields": {}, "details": {"productId": "...", "available": 3}}}`;

export default async function ApiDocsPage() {
  await loadAllRoutes();
  const doc = buildOpenApiDocument() as {
    paths: Record<string, Record<string, Omit<DocOperation, "method" | "path">>>;
  };
  const ops: DocOperation[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ ...op, method: method.toUpperCase(), path })),
  );
  const t = await getTranslations("api");
  return (
    <main className="mx-auto max-w-4xl space-y-6 p-4 sm:p-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold text-stone-900">{t("docsTitle")}</h1>
        <p className="text-stone-700">{t("docsIntro")}</p>
        <p className="text-stone-700">{t("docsAuth", { login: "POST /api/v1/auth/login" })}</p>
        <pre className="rounded-lg bg-stone-100 p-3 text-sm">Authorization: Bearer &lt;token&gt;</pre>
        <p className="text-stone-700">{t("docsErrors")}</p>
        <pre className="overflow-auto rounded-lg bg-stone-100 p-3 text-xs">{ERROR_EXAMPLE}</pre>
        <p className="text-stone-700">
          {t("docsLists", { limit: "?limit=", cursor: "?cursor=", page: "{items, nextCursor}" })}
        </p>
        <p>
          <a className="font-medium text-brand-700 underline" href="/api/v1/openapi.json">
            {t("openapiLink")}
          </a>
          <span className="ml-2 text-sm text-stone-600">{t("operationCount", { count: ops.length })}</span>
        </p>
      </header>
      <nav aria-label="API">
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {ops.map((op) => (
            <li key={`${op.method} ${op.path}`}>
              <a
                className="font-mono hover:underline"
                href={`#${`${op.method}-${op.path}`.replace(/[^a-zA-Z0-9]+/g, "-")}`}
              >
                {op.method} {op.path}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {ops.length ? (
        ops.map((op) => <OperationCard key={`${op.method} ${op.path}`} op={op} />)
      ) : (
        <p>{t("noOperations")}</p>
      )}
    </main>
  );
}
