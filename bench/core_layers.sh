# Sourced by the benches that compile the core with em++ directly: the
# sources and include flags of the given core layers (core/CMakeLists.txt),
# so a bench follows the real layout instead of a list of files.
#   core_layer_sources text model index synth   -> sets core_sources and core_includes
core_layer_sources() {
  core_sources=()
  core_includes=()
  local layer
  for layer in "$@"; do
    core_sources+=(core/"$layer"/*.cpp)
    core_includes+=(-I "core/$layer")
  done
}
