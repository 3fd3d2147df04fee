/**
 * The mailbox's contract, kept in src/question-contract/: the outbox and "我的申请" (src/requests/) read it, and
 * src/questions/ imports src/requests/ (its rules, the outbox), so what src/requests/ reads must sit in a folder of its
 * own that imports neither: no two folders import each other. Import from either path.
 */
export * from '../question-contract/contract.ts';
