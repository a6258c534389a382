/**
 * One place that creates and saves every kit PDF, so all of them share the same promises:
 * metadata from src/config.ts, the language tag, embedded font subsets, no clock time and no
 * random IDs (two clean builds give byte-identical files; tech notes §5).
 */
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { languages, publisher, type Lang } from '../../../src/config.ts';
import { fontBytes, fontFeatures, pdfFontNames, sharedFontkit, type FontKey } from './fonts.ts';

export interface KitDocument {
  doc: PDFDocument;
  fonts: Record<FontKey, PDFFont>;
}

export async function createKitDocument(meta: { title: string; subject: string; lang: Lang; keywords: string[] }): Promise<KitDocument> {
  // updateMetadata: false keeps pdf-lib from stamping the current time and its own producer.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(sharedFontkit);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setAuthor(publisher.author);
  doc.setCreator(publisher.name);
  doc.setProducer(publisher.name);
  doc.setKeywords(meta.keywords);
  doc.setLanguage(languages.find((l) => l.lang === meta.lang)!.pdfLang);
  const embed = (key: FontKey) =>
    doc.embedFont(fontBytes()[key], { subset: true, customName: pdfFontNames[key], features: { ...fontFeatures } });
  // Embedded in a fixed order: pdf-lib numbers objects as they are created.
  const regular = await embed('regular');
  const bold = await embed('bold');
  return { doc, fonts: { regular, bold } };
}

export async function saveKitDocument(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
}
