package pipeline

// Hooks for the external tests of the YAML fast path.
var (
	MarshalYAMLNodes     = marshalYAMLNodes
	AppendRecordYAMLFast = appendRecordYAML
)
