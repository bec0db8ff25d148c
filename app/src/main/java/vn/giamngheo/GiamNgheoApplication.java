package vn.giamngheo;

import java.util.Arrays;
import java.util.ServiceLoader;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.giamngheo.shared.CliCommand;

@SpringBootApplication
public class GiamNgheoApplication {
    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            for (CliCommand command : ServiceLoader.load(CliCommand.class)) {
                if (command.name().equals(args[0])) {
                    int code = command.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out, System.err);
                    System.out.flush();
                    System.exit(code);
                }
            }
        }
        SpringApplication.run(GiamNgheoApplication.class, args);
    }
}
