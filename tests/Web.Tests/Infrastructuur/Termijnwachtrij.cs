using Besluitvorming.Web.Jobs;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Infrastructuur;

/// <summary>
/// A transition queues its timer changes (Jobs/Termijnrij) and the app applies them after the commit, outside the
/// request. A test that looks at Quartz after a transition applies the queue first: when this returns, every change
/// committed so far is in Quartz (a round under way in the background is waited for, not raced).
/// </summary>
public static class Termijnwachtrij
{
    /// <summary>Applies the queued timer changes of this app's database now; returns how many rows it applied.</summary>
    public static Task<int> PasTermijnenToeAsync(this WebApplicationFactory<Program> app) =>
        app.Services.GetRequiredService<Termijnrij>().VerwerkAsync();
}
