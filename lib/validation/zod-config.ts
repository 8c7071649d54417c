import { z } from "zod";

// Zod compiles object parsers with `new Function` unless told not to, and probes for it first: in
// the browser the content security policy (no 'unsafe-eval', decision 072) refuses that and
// reports a violation. Every module that defines schemas imports this first.
z.config({ jitless: true });
