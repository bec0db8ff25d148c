/**
 * The household exchange format (JSON Lines, docs/domain/household-format.md) read and written in a stream:
 * strict line parsing (an unknown field or a wrong type is an error naming the field), result and
 * error lines exactly as the format shows them, and the {@code classify} command line built on them.
 * No Spring: the command runs before the application starts.
 */
package vn.giamngheo.standard.jsonl;
