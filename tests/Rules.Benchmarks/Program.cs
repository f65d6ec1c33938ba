using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Besluitvorming.Rules.Benchmarks.VolledigeToetsBenchmark).Assembly).Run(args);
