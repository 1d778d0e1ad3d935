// A setup file of every test project: runs in each test file, so what the support modules made for that file is
// removed when it ends, whether the project shares one module graph between files (unit) or not.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.js';

afterAll(removeTempDirs);
