import type { IncomingMessage, ServerResponse } from 'node:http';

/** The Dateline site as a Node request handler (adapter-node's build/handler.js); answers every request it gets. */
export declare const handler: (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;
