using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Routering;

/// <summary>What the content of a proposal asks of the route.</summary>
public sealed record Routering(IReadOnlySet<Aspect> VereisteAdviezen, bool OrVereist, bool RaadVereist);
