#!/usr/bin/env node
// A committed entry point, so installing the workspace can link `dateline` before the first build.
import '../dist/main.js';
