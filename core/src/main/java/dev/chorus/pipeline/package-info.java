/**
 * Wires the stages into the whole job: sources in, a {@link dev.chorus.model.Digest} of stories out. Runners
 * (the command line, a server, a distributed job) call this and do no analysis of their own.
 */
package dev.chorus.pipeline;
