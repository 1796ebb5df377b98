/** The Python version gilt implements. */
export const VERSION = '3.11.7';
