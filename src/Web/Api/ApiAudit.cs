namespace Besluitvorming.Web.Api;

/// <summary>
/// The audit log's two writers: <see cref="ApiTokenAudit"/> on every sign-in of the OpenIddict server (every grant
/// type, so also authorization codes and refresh tokens), and <see cref="ApiSchrijfactieFilter"/> on every write to /api/v1.
/// </summary>
public static class ApiAudit
{
    /// <summary>HttpContext.Items key: the proposal a write created, for its audit row.</summary>
    public const string VoorstelSleutel = "api-audit-voorstel";

    public static void VoegToe(IServiceCollection services) => services.AddScoped<ApiTokenAudit>();
}
