/**
 * Sentence embeddings in process: {@link dev.chorus.embed.TextEmbedder} is the interface the stages use,
 * {@link dev.chorus.embed.MiniLmEmbedder} runs all-MiniLM-L6-v2 (quantised, English) with ONNX Runtime, in
 * batches, cut at a budget of wordpiece tokens. No network at run time: model and tokenizer are classpath
 * resources.
 */
package dev.chorus.embed;
