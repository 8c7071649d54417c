export function accountsWithDemoPassword(databaseUrl: string, password?: string): Promise<string[]>;
export function refuseDemoPasswords(databaseUrl: string, log: (message: string) => void): Promise<void>;
