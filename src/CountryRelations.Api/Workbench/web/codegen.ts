// Response and variable types of the workbench's persisted documents, generated from the committed schema: a renamed
// or removed field fails `tsc` in the build, not a browser test.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../../../schema.graphql',
  documents: '../../PersistedDocuments/operations/Workbench*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string' },
      },
    },
  },
};

export default config;
