/**
 * The files the client watches for the server: rubric files, project configs, and every YAML file in
 * the rubric folders the settings and the configs name. Registered again when those folders change.
 */
import type { Disposable } from 'vscode-languageserver';
import { DidChangeWatchedFilesNotification } from './languageServer';
import type { ServerContext } from './context';

/** The files a submission links as evidence (recordings, photos, documents): watched so their facts are read again. */
const EVIDENCE_EXTENSIONS =
  'mp4,mov,m4v,3gp,webm,mkv,avi,mp3,m4a,wav,aif,aiff,ogg,oga,opus,aac,flac,amr,awb,' +
  'jpg,jpeg,png,heic,heif,avif,tif,tiff,webp,gif,svg,pdf,docx,odt,pptx,xlsx';
export const EVIDENCE_FILE = new RegExp(`\\.(?:${EVIDENCE_EXTENSIONS.replace(/,/g, '|')})$`, 'i');

export class FileWatchers {
  private registration: Promise<Disposable> | null = null;
  private watched = '';

  constructor(private readonly context: ServerContext) {}

  /** Watches the rubric folders the settings and configs name now; nothing when the client cannot watch files. */
  update(): void {
    const { client, connection, workspace } = this.context;
    if (!client.watchesFiles) return;
    const folders = [...workspace.settings.rubricPaths, ...workspace.configRubricPaths()].map((folder) =>
      folder.replace(/\\/g, '/').replace(/\/$/, ''),
    );
    const key = folders.join('\n');
    if (this.registration && key === this.watched) return;
    this.watched = key;
    const previous = this.registration;
    this.registration = connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        { globPattern: '**/*.rubric.{yaml,yml}' },
        { globPattern: '**/.rubric-writer.{yaml,yml,json}' },
        { globPattern: `**/*.{${EVIDENCE_EXTENSIONS}}` },
        ...folders.map((folder) => ({ globPattern: `${folder}/**/*.{yaml,yml}` })),
      ],
    });
    void previous?.then((registered) => registered.dispose()).catch(() => undefined);
  }
}
