// The floor of the benchmark: the obvious receipt endpoint, one INSERT (autocommit) per request,
// no schema validation, no batching. PORT and DATABASE_URL from the environment.
import { createServer } from 'node:http';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL, { max: 10 });
await sql`CREATE TABLE IF NOT EXISTS naive_receipt (id text, date timestamptz, body jsonb, PRIMARY KEY (id, date))`;
createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', async () => {
    try {
      const r = JSON.parse(body);
      await sql`INSERT INTO naive_receipt VALUES (${r.id}, ${r.date}, ${body}::jsonb) ON CONFLICT DO NOTHING`;
      res.writeHead(201).end();
    } catch {
      res.writeHead(400).end();
    }
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
