// Parse Cypher with Neo4j's own parser. Reads a JSON object {name: text} on stdin and prints
// {name: [messages]} with every error-level diagnostic except undeclared parameters
// (Jigsaw always passes parameters at run time).
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const queries = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const result = {};
for (const [name, text] of Object.entries(queries)) {
  const { diagnostics } = lintCypherQuery(text, {});
  result[name] = diagnostics
    .filter((d) => d.severity === 1 && !/^Parameter \$\w+ is not defined/.test(d.message))
    .map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
}
process.stdout.write(JSON.stringify(result));
