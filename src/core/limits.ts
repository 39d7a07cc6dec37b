/**
 * The largest document the engine is given, in UTF-16 code units (about 16 MB of
 * text): past this the CLI refuses the file and the editor leaves the document
 * alone, each saying why, instead of holding the whole machine up.
 */
export const MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;
