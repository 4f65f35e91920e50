/**
 * The JSON contract (README.md) written once for every runner: the CLI's {@code --format json} output and the
 * HTTP API write stories, articles, story cards, search results and problems through {@link
 * dev.chorus.json.ContractJson}, so the two cannot drift apart.
 */
package dev.chorus.json;
