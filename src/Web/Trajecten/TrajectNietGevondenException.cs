using Besluitvorming.Workflows.Trajecten;

namespace Besluitvorming.Web.Trajecten;

/// <summary>No traject with this id in this project.</summary>
public sealed class TrajectNietGevondenException() : TrajectFout("Dit traject bestaat niet (meer).");
