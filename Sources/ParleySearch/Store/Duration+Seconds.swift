extension Duration {
    /// The duration in seconds, for the writers' summaries and timers.
    var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
