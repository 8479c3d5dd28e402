// The static server lives in src/lib (the `npm start` command uses it too); tests import it from here.
export * from '../../src/lib/static-server';
