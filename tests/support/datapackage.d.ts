// Types for the Frictionless JS library `datapackage` (it ships none), as far as the tests use it.
declare module 'datapackage' {
  interface Resource {
    name: string;
    descriptor: any;
    tabular: boolean;
  }
  class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    descriptor: any;
    resources: Resource[];
  }
  const datapackage: { Package: typeof Package };
  export default datapackage;
}
