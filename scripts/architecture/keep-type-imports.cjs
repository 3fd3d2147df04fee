/**
 * For dependency-cruiser only: Babel drops `import type` before dependency-cruiser sees the imports, and a module
 * used only for its types (the API contract, the content schema) would look unused by the browser. Marking every
 * import as a value import keeps those edges, so the architecture rules see the same graph as the type checker.
 */
module.exports = function keepTypeImports() {
  const asValue = (path) => {
    path.node.importKind = 'value';
    for (const specifier of path.node.specifiers ?? []) specifier.importKind = 'value';
  };
  // On entering the program, before the TypeScript preset (which removes type imports there) gets to them.
  return {
    visitor: {
      Program(program) {
        program.traverse({
          ImportDeclaration: asValue,
          ExportNamedDeclaration(path) {
            if (path.node.source) path.node.exportKind = 'value';
          },
        });
      },
    },
  };
};
