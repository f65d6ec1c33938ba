using System.Text.RegularExpressions;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// The runtime settings deploy/ gives the app's process (DOTNET_* environment variables; those in the project's
/// runtimeconfig.json travel with the published folder by themselves): read from the systemd unit, which starts the
/// published folder with `dotnet Besluitvorming.Web.dll` as the start benchmark does, and checked against the
/// Dockerfile's ENV (which docker-compose and the Helm chart inherit from the image). So the benchmark measures the
/// process as an operator runs it, and a setting changed in one deploy file and not the other stops the benchmark.
/// </summary>
public static partial class Uitrolomgeving
{
    public static IReadOnlyDictionary<string, string> Lees(string repository)
    {
        var unit = Path.Combine(repository, "deploy", "systemd", "besluitvorming@.service");
        var dockerfile = Path.Combine(repository, "deploy", "Dockerfile");
        var systemd = SystemdRegel().Matches(File.ReadAllText(unit))
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        // ENV lines of the runtime stage, continued with backslashes.
        var tekst = File.ReadAllText(dockerfile).Replace("\\\n", " ");
        var docker = DockerRegel().Matches(tekst[tekst.LastIndexOf("FROM ", StringComparison.Ordinal)..])
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var runtime = systemd.Where(p => IsRuntime(p.Key)).ToDictionary();
        var verschil = runtime.Where(p => docker.GetValueOrDefault(p.Key) != p.Value)
            .Concat(docker.Where(p => IsRuntime(p.Key) && !runtime.ContainsKey(p.Key))).Select(p => p.Key).Distinct().ToList();
        if (verschil.Count > 0)
            throw new InvalidOperationException(
                $"deploy/Dockerfile en deploy/systemd/besluitvorming@.service zetten niet dezelfde runtime-instellingen: {string.Join(", ", verschil)}");
        return runtime;
    }

    /// <summary>A setting of the .NET runtime itself (DOTNET_gcServer, DOTNET_EnableWriteXorExecute, ...), not of the CLI or the app.</summary>
    private static bool IsRuntime(string naam) =>
        naam.StartsWith("DOTNET_", StringComparison.Ordinal) && naam is not ("DOTNET_NOLOGO" or "DOTNET_CLI_TELEMETRY_OPTOUT" or "DOTNET_ENVIRONMENT");

    [GeneratedRegex(@"^Environment=(DOTNET_\w+)=(.*)$", RegexOptions.Multiline)]
    private static partial Regex SystemdRegel();

    [GeneratedRegex(@"\b(DOTNET_\w+)=(\S+)")]
    private static partial Regex DockerRegel();
}
