import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's nginx as a plain reverse proxy in front of the same service, the peer the gateway is
 * compared with: keep-alive to the upstream, no access log, one worker per core.
 */
final class Nginx {

    private static int port;

    private Nginx() {
    }

    static String url() {
        return "http://127.0.0.1:" + port;
    }

    static Process start(String upstream) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dir = Files.createTempDirectory("bench-nginx-");
        String upstreamHostPort = upstream.replace("http://", "");
        String conf = """
                worker_processes auto;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream service { server %2$s; keepalive 32; }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://service;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $host;
                        }
                    }
                }
                """.formatted(dir, upstreamHostPort, port);
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        Process process = new ProcessBuilder("nginx", "-p", dir.toString(), "-c", file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx exited; see " + dir.resolve("out.log"));
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nginx did not listen within 10 s");
    }
}
