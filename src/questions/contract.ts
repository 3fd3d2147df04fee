/**
 * The mailbox's contract, kept in ./shared/contract.ts: the outbox and "我的申请" (src/requests/) read it, and
 * src/questions/ as a whole imports src/requests/rules/, so what src/requests/ imports from here must sit in a folder
 * that imports nothing of src/requests/ (the architecture's no-folder-cycles rule). Import from either path.
 */
export * from './shared/contract.ts';
