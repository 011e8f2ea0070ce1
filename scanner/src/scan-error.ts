/** The scan itself could not be done (exit code 2); the message is the one-line reason shown. */
export class ScanError extends Error {}
