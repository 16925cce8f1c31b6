/*
 * execv(2) for the first JVM of a one-shot command (com.gapwise.cli.ProcessReplacement): the JVM that
 * `java -jar gapwise.jar diff ...` started becomes the second JVM, with the flags made for a short life,
 * instead of starting it as a child and waiting for it. Same process, same PID, same standard streams,
 * the second JVM's exit code; no process start from Java (about 20 ms), no wait, no second exit.
 *
 * Built by the backend pom with the machine's gcc where there is one (Linux); without this library, or
 * where execv fails, the first JVM starts the second as a child, as before.
 */
#define _GNU_SOURCE
#include <jni.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

/* Every descriptor but the standard three closes on exec: the jar and archive files this JVM opened. */
static void close_on_exec_above_stderr(void) {
#ifdef SYS_close_range
    if (syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) == 0) {
        return;
    }
#endif
    long max = sysconf(_SC_OPEN_MAX);
    for (long fd = 3; fd < max; fd++) {
        int flags = fcntl((int) fd, F_GETFD);
        if (flags != -1) {
            fcntl((int) fd, F_SETFD, flags | FD_CLOEXEC);
        }
    }
}

/*
 * words: the command, each element the bytes of one word in the platform's encoding (no NUL inside).
 * Returns errno when execv fails; on success it does not return.
 */
JNIEXPORT jint JNICALL Java_com_gapwise_cli_ProcessReplacement_execv(JNIEnv *env, jclass type, jobjectArray words) {
    (void) type;
    jsize count = (*env)->GetArrayLength(env, words);
    char **argv = calloc((size_t) count + 1, sizeof(char *));
    if (argv == NULL) {
        return ENOMEM;
    }
    jint failure = 0;
    for (jsize i = 0; i < count && failure == 0; i++) {
        jbyteArray word = (jbyteArray) (*env)->GetObjectArrayElement(env, words, i);
        if (word == NULL) {
            /* no word (or an exception pending): nothing to exec */
            failure = EINVAL;
            break;
        }
        jsize length = (*env)->GetArrayLength(env, word);
        argv[i] = calloc((size_t) length + 1, 1);
        if (argv[i] == NULL) {
            failure = ENOMEM;
        } else if (length > 0) {
            (*env)->GetByteArrayRegion(env, word, 0, length, (jbyte *) argv[i]);
        }
        (*env)->DeleteLocalRef(env, word);
    }
    if (failure == 0) {
        close_on_exec_above_stderr();
        /* the JVM blocks some signals in its threads; a process the shell started blocks none */
        sigset_t none, kept;
        sigemptyset(&none);
        pthread_sigmask(SIG_SETMASK, &none, &kept);
        execv(argv[0], argv);
        failure = errno;
        pthread_sigmask(SIG_SETMASK, &kept, NULL);
    }
    for (jsize i = 0; i < count; i++) {
        free(argv[i]);
    }
    free(argv);
    return failure;
}
