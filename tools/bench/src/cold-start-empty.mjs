// Cold-start floor (run by cold-start.ts in a fresh node): an ES module that does nothing.
