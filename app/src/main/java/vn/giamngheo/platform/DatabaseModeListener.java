package vn.giamngheo.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides before anything starts: whether the demo dataset is wanted (by default only on the
 * embedded database: a real server is never filled with demo accounts unasked) and whether the
 * HTTP port is free, so that a busy port stops the application at once with one clear message
 * instead of after the database has started.
 */
public class DatabaseModeListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        boolean embedded = env.getProperty("spring.datasource.url", "").isBlank();
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("giamngheo.embedded-database", embedded);
        if (!env.containsProperty("giamngheo.demo")) {
            defaults.put("giamngheo.demo", embedded);
        }
        env.getPropertySources().addLast(new MapPropertySource("giamngheoDatabaseMode", defaults));
        if (env.getProperty("giamngheo.check-port", Boolean.class, true)) {
            requireFreePort(env.getProperty("server.port", Integer.class, 8080), env.getProperty("server.address"));
        }
    }

    static void requireFreePort(int port, String address) {
        if (port <= 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address == null ? new InetSocketAddress(port) : new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new StartupProblem("Cổng " + port + " đang được dùng bởi chương trình khác (port " + port
                    + " is already in use); chọn cổng khác bằng --server.port=...");
        }
    }
}
