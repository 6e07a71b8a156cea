// One operation of the OpenAPI document, for people: method, path, who may call it, and
// the JSON Schemas of its parameters, body and responses.
import { getTranslations } from "next-intl/server";

type Json = Record<string, unknown>;
type Param = { name: string; in: "path" | "query"; required?: boolean; schema?: Json; description?: string };
export type DocOperation = {
  method: string;
  path: string;
  summary?: string;
  description?: string;
  "x-roles"?: string[];
  security?: unknown[];
  parameters?: Param[];
  requestBody?: { content?: Record<string, { schema?: Json }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Json }> }>;
};

const METHOD_COLOURS: Record<string, string> = {
  GET: "bg-sky-100 text-sky-900",
  POST: "bg-emerald-100 text-emerald-900",
  PATCH: "bg-amber-100 text-amber-900",
  PUT: "bg-amber-100 text-amber-900",
  DELETE: "bg-red-100 text-red-900",
};

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

function SchemaBlock({ schema }: { schema: Json }) {
  return (
    <pre className="mt-1 max-h-96 overflow-auto rounded-lg bg-stone-900 p-3 text-xs leading-relaxed text-stone-100">
      {pretty(schema)}
    </pre>
  );
}

function ParamList({ title, params, requiredLabel }: { title: string; params: Param[]; requiredLabel: string }) {
  if (!params.length) return null;
  return (
    <div className="mt-3">
      <h4 className="text-sm font-semibold text-stone-700">{title}</h4>
      <ul className="mt-1 space-y-1 text-sm">
        {params.map((p) => (
          <li key={p.name} className="flex flex-wrap items-baseline gap-2">
            <code className="font-mono font-medium">{p.name}</code>
            <code className="font-mono text-xs text-stone-600">{pretty(p.schema ?? {}).replace(/\s+/g, " ")}</code>
            {p.required ? <span className="text-xs text-red-700">{requiredLabel}</span> : null}
            {p.description ? <span className="text-stone-600">{p.description}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export async function OperationCard({ op }: { op: DocOperation }) {
  const t = await getTranslations("api");
  const params = op.parameters ?? [];
  const body = op.requestBody?.content?.["application/json"]?.schema;
  const anchor = `${op.method}-${op.path}`.replace(/[^a-zA-Z0-9]+/g, "-");
  return (
    <section id={anchor} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
      <h3 className="flex flex-wrap items-center gap-2">
        <span
          className={`rounded px-2 py-0.5 font-mono text-xs font-bold ${METHOD_COLOURS[op.method] ?? "bg-stone-100"}`}
        >
          {op.method}
        </span>
        <code className="font-mono text-sm font-semibold break-all">{op.path}</code>
      </h3>
      {op.summary ? <p className="mt-2 text-stone-800">{op.summary}</p> : null}
      {op.description ? <p className="mt-1 text-sm text-stone-600">{op.description}</p> : null}
      <p className="mt-2 text-sm text-stone-700">
        {op["x-roles"] ? `${t("roles")}: ${op["x-roles"].join(", ")}` : t("public")}
      </p>
      <ParamList title={t("pathParams")} params={params.filter((p) => p.in === "path")} requiredLabel={t("required")} />
      <ParamList
        title={t("queryParams")}
        params={params.filter((p) => p.in === "query")}
        requiredLabel={t("required")}
      />
      {body ? (
        <div className="mt-3">
          <h4 className="text-sm font-semibold text-stone-700">{t("requestBody")}</h4>
          <SchemaBlock schema={body} />
        </div>
      ) : null}
      <div className="mt-3">
        <h4 className="text-sm font-semibold text-stone-700">{t("responses")}</h4>
        <ul className="mt-1 space-y-2 text-sm">
          {Object.entries(op.responses ?? {}).map(([status, r]) => {
            const [type, media] = Object.entries(r.content ?? {})[0] ?? [];
            const showSchema = Number(status) < 300 && media?.schema;
            return (
              <li key={status}>
                <span className="font-mono font-semibold">{status}</span> {r.description}
                {type && Number(status) < 300 ? (
                  <code className="ml-2 font-mono text-xs text-stone-600">{type}</code>
                ) : null}
                {showSchema ? <SchemaBlock schema={media.schema!} /> : null}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
