// Validate a Turtle data file against a Turtle shapes file with shacl-engine (SHACL Core and
// SPARQL-based constraints), and print one JSON line per result, for the test suite to compare
// with conflictkg's own checker. No inference: the data is read as it is.
//   node validate.mjs DATA.ttl SHAPES.ttl
import { readFileSync } from 'node:fs'
import { DataFactory, Parser, Store } from 'n3'
import Validator from 'shacl-engine/Validator.js'
import { validations } from 'shacl-engine/sparql.js'

function load (path) {
  const store = new Store()
  store.addQuads(new Parser({ format: 'text/turtle' }).parse(readFileSync(path, 'utf8')))
  return store
}

const [data, shapes] = process.argv.slice(2).map(load)
const validator = new Validator(shapes, { factory: DataFactory, validations })
const report = await validator.validate({ dataset: data })
for (const result of report.results) {
  console.log(JSON.stringify({
    focus: result.focusNode?.term?.value ?? null,
    path: result.path?.[0]?.predicates?.[0]?.value ?? null,
    component: result.constraintComponent?.value ?? null,
    severity: result.severity?.value ?? null,
    value: result.value?.term?.value ?? null
  }))
}
console.log(JSON.stringify({ conforms: report.conforms }))
