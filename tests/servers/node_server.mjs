// The Node server of the real-server test: node:http, answering each status the way a handler
// written on it does, with no framework: node:http adds what it adds (Date, Connection, the
// framing), the handler only the fields it must compute (a 206's Content-Range). Prints its port.
import { createServer } from 'node:http';

const CONTENT = Buffer.from('httpcodes real-server test\n');

const server = createServer((request, response) => {
  const range = request.headers.range;
  if (request.method === 'POST') {
    response.writeHead(405).end();
  } else if (request.url === '/401' || request.url === '/503') {
    response.writeHead(Number(request.url.slice(1))).end();
  } else if (request.headers['if-modified-since']) {
    response.writeHead(304).end();
  } else if (range === 'bytes=0-3') {
    response.writeHead(206, { 'Content-Range': `bytes 0-3/${CONTENT.length}` }).end(CONTENT.subarray(0, 4));
  } else if (range) {
    response.writeHead(416).end();
  } else {
    response.writeHead(200, { 'Content-Type': 'text/plain' }).end(CONTENT);
  }
});

server.listen(0, '127.0.0.1', () => {
  console.log(server.address().port);
});
process.stdin.on('end', () => server.close()).resume(); // stops when the test closes its stdin
