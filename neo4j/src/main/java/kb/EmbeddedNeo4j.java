package kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Embedded Neo4j 5.26 Community with a loopback-only Bolt connector and auth disabled.
 *
 * <p>Protocol: exactly one line on stdout, {@code NEO4J_READY bolt://<host>:<port>}, once Bolt
 * accepts TCP connections. Failures: one stderr line {@code NEO4J_ERROR <reason>}; exit 2 for
 * pre-flight failures (bad args, busy port, unusable data dir), 1 for startup failures.
 *
 * <p>Memory: page cache (off-heap) defaults to 512m ({@code --pagecache}). The heap is NOT set
 * here: it is bounded by the caller's JVM flags (the Node side runs {@code java -Xms256m -Xmx1g}).
 *
 * <p>Lifecycle: SIGTERM/SIGINT or EOF on stdin shut the DBMS down cleanly and exit 0. The stdin
 * watch (disable with {@code --no-stdin-watch}, e.g. when stdin is /dev/null) guarantees that a
 * parent which dies, even by SIGKILL, never leaves this JVM behind: the parent holds our stdin pipe.
 */
public final class EmbeddedNeo4j {

    private static final String USAGE = String.join("\n",
            "usage: java -Xms256m -Xmx1g -cp neo4j/target/classes:$(cat neo4j/target/classpath.txt) kb.EmbeddedNeo4j [options]",
            "  --port N            Bolt port on the loopback host (default 7687; 0 = pick a free port)",
            "  --host H            loopback host/IP to bind (default 127.0.0.1; non-loopback is refused)",
            "  --data DIR          Neo4j home: store in DIR/data, logs in DIR/logs (default ./data/neo4j)",
            "  --pagecache SIZE    page cache, bytes or with k/m/g suffix (default 512m)",
            "  --tx-timeout SECS   transaction timeout in seconds, 0 = none (default 30)",
            "  --allow-apoc        allow apoc.* procedures (unrestricted); plugin dir defaults to DIR/../plugins if present",
            "  --plugins DIR       plugin directory (jars) to load",
            "  --no-stdin-watch    do not exit when stdin reaches EOF (for manual runs with stdin=/dev/null)",
            "stdout: exactly one line 'NEO4J_READY bolt://<host>:<port>' when Bolt accepts connections.",
            "stderr: 'NEO4J_ERROR <reason>' on failure (exit 2: bad args/busy port/data dir; exit 1: startup).");

    private static final PrintStream OUT = System.out;
    private static final PrintStream ERR = System.err;
    private static final Object LOCK = new Object();
    private static DatabaseManagementService managementService; // guarded by LOCK
    private static boolean shuttingDown; // guarded by LOCK

    private static final class Fail extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;

        Fail(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Fail f) {
            fail(f.code, f.getMessage());
        } catch (Throwable t) {
            fail(1, describe(t));
        }
    }

    private static void run(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 7687;
        Path data = Path.of("data", "neo4j");
        Path plugins = null;
        boolean allowApoc = false;
        boolean stdinWatch = true;
        long txTimeoutMs = 30_000;
        long pagecache = 512L * 1024 * 1024;

        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> {
                    port = parseInt(a, value(args, ++i, a));
                    if (port < 0 || port > 65535) throw new Fail(2, "invalid --port " + port);
                }
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--host" -> host = value(args, ++i, a);
                case "--plugins" -> plugins = Path.of(value(args, ++i, a));
                case "--allow-apoc" -> allowApoc = true;
                case "--no-stdin-watch" -> stdinWatch = false;
                case "--tx-timeout" -> {
                    String v = value(args, ++i, a);
                    try {
                        double s = Double.parseDouble(v);
                        if (s < 0 || Double.isNaN(s)) throw new NumberFormatException();
                        txTimeoutMs = Math.round(s * 1000);
                    } catch (NumberFormatException e) {
                        throw new Fail(2, "invalid --tx-timeout " + v);
                    }
                }
                case "--pagecache" -> pagecache = parseSize(value(args, ++i, a));
                case "--help", "-h" -> {
                    ERR.println(USAGE);
                    ERR.flush();
                    Runtime.getRuntime().halt(0);
                }
                default -> throw new Fail(2, "unknown argument " + a + " (see --help)");
            }
        }

        // Loopback only.
        InetAddress addr;
        try {
            addr = InetAddress.getByName(host);
        } catch (IOException e) {
            throw new Fail(2, "cannot resolve host " + host);
        }
        if (!addr.isLoopbackAddress()) {
            throw new Fail(2, "host " + host + " is not a loopback address; only loopback is allowed");
        }

        // Use the resolved literal everywhere (Neo4j bind, probes, READY line): --host localhost -> 127.0.0.1.
        host = addr instanceof java.net.Inet6Address ? "::1" : addr.getHostAddress();

        // Lifecycle hooks first, so a signal or a dead parent during startup still exits 0 / cleanly.
        installSignalHandlers();
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::shutdown, "neo4j-shutdown"));
        if (stdinWatch) startStdinWatch();

        // Pre-flight: data directory.
        data = data.toAbsolutePath().normalize();
        try {
            Files.createDirectories(data);
        } catch (IOException | SecurityException e) {
            throw new Fail(2, "data directory " + data + " is not writable (cannot create it: " + fsReason(e) + ")");
        }
        if (!Files.isDirectory(data) || !Files.isWritable(data) || !probeWrite(data)) {
            throw new Fail(2, "data directory " + data + " is not writable");
        }

        // Pre-flight: port. Bolt does not report a resolved port 0, so pick one ourselves.
        if (port == 0) {
            try (ServerSocket s = new ServerSocket(0, 50, addr)) {
                port = s.getLocalPort();
            } catch (IOException e) {
                throw new Fail(2, "cannot find a free port on " + host + " (" + describe(e) + ")");
            }
        } else {
            try (ServerSocket s = new ServerSocket(port, 50, addr)) {
                // bind succeeded: port is free
            } catch (IOException e) {
                throw new Fail(2, "port " + port + " on " + host + " is already in use");
            }
        }

        if (plugins == null && allowApoc) {
            Path sibling = data.resolveSibling("plugins");
            if (Files.isDirectory(sibling)) plugins = sibling;
        }

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(data)
                // Bolt on loopback only; everything else off.
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(host))
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false) // embedded default; stated explicitly
                .setConfig(GraphDatabaseSettings.udc_enabled, false) // no usage reporting / network calls
                // Memory: page cache is off-heap; heap comes from the caller's -Xmx.
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMillis(txTimeoutMs))
                // Quiet + fast: no query log, no 256 MiB log preallocation.
                .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Bolt's netty event loops otherwise wait a 5 s quiet period (twice) on shutdown; the
                // databases are already stopped by then, so there is nothing left to drain.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2));
        if (allowApoc) {
            builder.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
            builder.setConfig(GraphDatabaseSettings.procedure_allowlist, List.of("*"));
        }
        if (plugins != null) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, plugins.toAbsolutePath().normalize());
        }

        GraphDatabaseService db;
        synchronized (LOCK) {
            if (shuttingDown) return;
            try {
                managementService = builder.build();
            } catch (Throwable t) {
                throw new Fail(1, describe(t));
            }
            db = managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        }
        if (!db.isAvailable(30_000)) {
            throw new Fail(1, "database " + GraphDatabaseSettings.DEFAULT_DATABASE_NAME + " not available after 30s");
        }
        waitForTcp(addr, port, 10_000);

        String h = host.contains(":") ? "[" + host + "]" : host;
        synchronized (LOCK) {
            if (shuttingDown) return; // never announce a DBMS that is already being shut down
            OUT.println("NEO4J_READY bolt://" + h + ":" + port);
            OUT.flush();
        }
        // main returns; non-daemon Neo4j threads keep the JVM alive until signal / stdin EOF.
    }

    private static void shutdown() {
        DatabaseManagementService ms;
        synchronized (LOCK) {
            shuttingDown = true;
            ms = managementService;
            managementService = null;
        }
        if (ms == null) return;
        long t0 = System.nanoTime();
        try {
            ms.shutdown();
            ERR.println("neo4j: shut down in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        } catch (Throwable t) {
            ERR.println("neo4j: shutdown failed: " + describe(t));
        }
        ERR.flush();
    }

    /** SIGTERM/SIGINT -> System.exit(0) (runs the shutdown hook), so the exit status is 0, not 143/130. */
    @SuppressWarnings("removal")
    private static void installSignalHandlers() {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> {
                    Thread t = new Thread(() -> System.exit(0), "neo4j-signal-exit");
                    t.start();
                });
            } catch (Throwable ignored) {
                // Fall back to the JVM default (shutdown hook still runs; status 128+signal).
            }
        }
    }

    private static void startStdinWatch() {
        Thread t = new Thread(() -> {
            InputStream in = System.in;
            byte[] buf = new byte[256];
            try {
                while (in.read(buf) >= 0) {
                    // discard
                }
            } catch (IOException ignored) {
                // treat as EOF
            }
            ERR.println("neo4j: stdin closed, shutting down");
            System.exit(0);
        }, "neo4j-stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void waitForTcp(InetAddress addr, int port, long timeoutMs) throws Fail {
        long deadline = System.currentTimeMillis() + timeoutMs;
        IOException last = null;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(addr, port), 500);
                return;
            } catch (IOException e) {
                last = e;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new Fail(1, "bolt port " + port + " not accepting connections"
                + (last != null ? " (" + describe(last) + ")" : ""));
    }

    private static boolean probeWrite(Path dir) {
        try {
            Path p = Files.createTempFile(dir, ".probe", ".tmp");
            Files.delete(p);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static String fsReason(Exception e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException) return "a non-directory file is in the way";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or directory";
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return describe(e);
    }

    private static String value(String[] args, int i, String flag) throws Fail {
        if (i >= args.length) throw new Fail(2, "missing value for " + flag);
        return args[i];
    }

    private static int parseInt(String flag, String v) throws Fail {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new Fail(2, "invalid " + flag + " " + v);
        }
    }

    /** Bytes, or a number with k/m/g suffix (binary units), e.g. 512m, 1g. */
    static long parseSize(String v) throws Fail {
        String s = v.trim().toLowerCase(Locale.ROOT);
        long mul = 1;
        if (s.endsWith("b")) s = s.substring(0, s.length() - 1);
        if (s.endsWith("k")) mul = 1L << 10;
        else if (s.endsWith("m")) mul = 1L << 20;
        else if (s.endsWith("g")) mul = 1L << 30;
        if (mul != 1) s = s.substring(0, s.length() - 1);
        try {
            long n = Long.parseLong(s.trim());
            if (n <= 0) throw new NumberFormatException();
            return Math.multiplyExact(n, mul);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Fail(2, "invalid --pagecache " + v);
        }
    }

    private static String describe(Throwable t) {
        // Innermost cause usually carries the useful message (e.g. a bind failure).
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = t.getMessage();
        String rootMsg = root.getMessage();
        StringBuilder sb = new StringBuilder();
        sb.append(msg != null ? msg : t.getClass().getSimpleName());
        if (root != t && rootMsg != null && !rootMsg.equals(msg)) sb.append(": ").append(rootMsg);
        return sb.toString().replaceAll("\\s+", " ").trim();
    }

    private static void fail(int code, String message) {
        synchronized (LOCK) {
            if (shuttingDown) return; // signal / stdin EOF during startup: let System.exit finish (status 0)
        }
        ERR.println("NEO4J_ERROR " + message.replaceAll("\\s+", " ").trim());
        ERR.flush();
        // Stop a half-started DBMS ourselves, then halt (skips the hook; no Neo4j threads keep us alive).
        synchronized (LOCK) {
            if (managementService != null) {
                try {
                    managementService.shutdown();
                } catch (Throwable ignored) {
                    // best effort
                }
                managementService = null;
            }
        }
        Runtime.getRuntime().halt(code);
    }
}
