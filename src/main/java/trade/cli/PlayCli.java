package trade.cli;

public final class PlayCli {
    public static void main(String[] args) {
        System.out.println("play");
    }
}
