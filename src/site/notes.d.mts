export declare const noteSlugs: string[];
