/**
 * pdf.js's core (the code of its worker: parsing, fonts, text extraction) driven on this thread
 * without its display layer, which draws pages and would triple the PDF reader's bundle. This is
 * the display layer's side of the worker's messages, for the few it takes to read a document's
 * text: the document opened, each page's text content streamed, the document closed. The requests
 * are those pdf.js's own `getDocument(...)` and `page.getTextContent()` send, with the same options.
 * Written for pdf.js 4.10 (its API version is checked by the worker: an upgrade fails loudly).
 */
import { WorkerMessageHandler } from 'pdfjs-dist/build/pdf.worker.mjs';

/** The pdf.js release whose worker protocol this speaks. */
export const PDFJS_API_VERSION = '4.10.38';
/** As the display layer streams text content: 100 items at most in flight. */
const TEXT_CONTENT_CHUNK_SIZE = 100;

/* Message kinds of pdf.js's MessageHandler (src/shared/message_handler.js). */
const DATA = 1;
const ERROR = 2;
const STREAM_CLOSE = 3;
const STREAM_ENQUEUE = 4;
const STREAM_ERROR = 5;
const STREAM_PULL = 6;
const STREAM_START_COMPLETE = 8;

export interface TextItem {
  str?: string;
  fontName?: string;
  transform?: number[];
  width?: number;
}

interface Message {
  sourceName: string;
  targetName: string;
  action?: string;
  data?: unknown;
  callback?: number;
  callbackId?: number;
  reason?: { name?: string; message?: string };
  stream?: number;
  streamId?: number;
  chunk?: { items: TextItem[] };
  success?: boolean;
}

type Listener = (event: { data: Message }) => void;

/** Both ends on one thread, as pdf.js's LoopbackPort: each message a structured clone, delivered later. */
class LoopbackPort {
  private readonly listeners = new Set<Listener>();
  postMessage(data: Message, transfer?: ArrayBuffer[]): void {
    const event = { data: structuredClone(data, transfer ? { transfer } : undefined) };
    queueMicrotask(() => {
      for (const listener of [...this.listeners]) listener(event);
    });
  }
  addEventListener(_type: 'message', listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: Listener): void {
    this.listeners.delete(listener);
  }
}

/** The worker's error as an Error with pdf.js's name (InvalidPDFException, PasswordException...). */
function asError(reason: Message['reason']): Error {
  const error = new Error(reason?.message ?? 'unknown error');
  if (reason?.name) error.name = reason.name;
  return error;
}

/** One PDF opened by pdf.js's core: its page count, each page's text items, and closing it. */
export class PdfCoreDocument {
  private readonly port = new LoopbackPort();
  private readonly pending = new Map<number, { resolve(data: unknown): void; reject(error: Error): void }>();
  private readonly streams = new Map<number, { items: TextItem[]; resolve(): void; reject(error: Error): void }>();
  private nextId = 1;
  private opened!: { resolve(pages: number): void; reject(error: Error): void };
  private name = 'main';
  private worker = 'worker';

  private constructor() {
    WorkerMessageHandler.initializeFromPort(this.port);
    this.port.addEventListener('message', ({ data }) => this.receive(data));
  }

  /** Opens `data` (which it takes over) as pdf.js's getDocument does for Node; the page count. */
  static async open(data: Uint8Array): Promise<{ document: PdfCoreDocument; numPages: number }> {
    const document = new PdfCoreDocument();
    document.post({ action: 'configure', data: { verbosity: 0 } });
    const numPages = new Promise<number>((resolve, reject) => {
      document.opened = { resolve, reject };
    });
    const docId = 'd0';
    document.worker = (await document.request('GetDocRequest', getDocRequest(docId, data), [
      data.buffer as ArrayBuffer,
    ])) as string;
    document.name = docId;
    document.post({ action: 'Ready', data: null });
    return { document, numPages: await numPages };
  }

  /** A page's text items in order, as page.getTextContent() gives them (items only). */
  textContent(pageIndex: number): Promise<TextItem[]> {
    const streamId = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.streams.set(streamId, { items: [], resolve, reject });
      this.post({
        action: 'GetTextContent',
        streamId,
        data: { pageIndex, includeMarkedContent: false, disableNormalization: false },
        desiredSize: TEXT_CONTENT_CHUNK_SIZE,
      } as Partial<Message>);
    }).then(() => this.streams.get(streamId)?.items ?? []);
  }

  /** Closes the document: the worker's tasks end and its caches are cleared. */
  async destroy(): Promise<void> {
    await this.request('Terminate', null);
  }

  private post(message: Partial<Message> & Record<string, unknown>, transfer?: ArrayBuffer[]): void {
    this.port.postMessage({ sourceName: this.name, targetName: this.worker, ...message }, transfer);
  }

  private request(action: string, data: unknown, transfer?: ArrayBuffer[]): Promise<unknown> {
    const callbackId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(callbackId, { resolve, reject });
      this.post({ action, callbackId, data }, transfer);
    });
  }

  private receive(message: Message): void {
    if (message.targetName !== this.name) return;
    if (message.stream) this.receiveStream(message);
    else if (message.callback) this.settle(message);
    else if (message.callbackId) this.answer(message);
    else if (message.action === 'GetDoc')
      this.opened.resolve((message.data as { pdfInfo: { numPages: number } }).pdfInfo.numPages);
    else if (message.action === 'DocException') this.opened.reject(asError(message.data as Message['reason']));
    // Others (progress, fonts and images for drawing) concern the display layer only.
  }

  private settle(message: Message): void {
    const call = this.pending.get(message.callbackId ?? 0);
    this.pending.delete(message.callbackId ?? 0);
    if (message.callback === DATA) call?.resolve(message.data);
    else if (message.callback === ERROR) call?.reject(asError(message.reason));
  }

  /**
   * The worker's own requests: a password (none is given), built-in CMaps and standard font data
   * (no folder of them is given), all refused as the display layer refuses them on Node.
   */
  private answer(message: Message): void {
    const reason =
      message.action === 'PasswordRequest'
        ? message.data
        : { name: 'UnknownErrorException', message: `${message.action} is not available: no data files are given.` };
    this.port.postMessage({
      sourceName: this.name,
      targetName: message.sourceName,
      callback: ERROR,
      callbackId: message.callbackId,
      reason,
    } as Message);
  }

  private receiveStream(message: Message): void {
    const stream = this.streams.get(message.streamId ?? 0);
    if (!stream) return;
    if (message.stream === STREAM_ENQUEUE) {
      stream.items.push(...(message.chunk?.items ?? []));
      // Read at once: the stream may take a full chunk again.
      this.post({
        stream: STREAM_PULL,
        streamId: message.streamId,
        desiredSize: TEXT_CONTENT_CHUNK_SIZE,
      } as Partial<Message>);
    } else if (message.stream === STREAM_CLOSE) stream.resolve();
    else if (message.stream === STREAM_ERROR) stream.reject(asError(message.reason));
    else if (message.stream === STREAM_START_COMPLETE && !message.success) stream.reject(asError(message.reason));
  }
}

/** What pdf.js's getDocument({ data, verbosity: 0, isEvalSupported: false, useSystemFonts: false }) asks on Node. */
function getDocRequest(docId: string, data: Uint8Array) {
  return {
    docId,
    apiVersion: PDFJS_API_VERSION,
    data,
    password: null,
    disableAutoFetch: false,
    rangeChunkSize: 65536,
    length: Number.NaN,
    docBaseUrl: null,
    enableXfa: false,
    evaluatorOptions: {
      maxImageSize: -1,
      disableFontFace: true,
      ignoreErrors: true,
      isEvalSupported: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      canvasMaxAreaInBytes: -1,
      fontExtraProperties: false,
      useSystemFonts: false,
      cMapUrl: null,
      standardFontDataUrl: null,
    },
  };
}
