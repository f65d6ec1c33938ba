{{- define "besluitvorming.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "besluitvorming.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "besluitvorming.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "besluitvorming.labels" -}}
helm.sh/chart: {{ include "besluitvorming.chart" . }}
{{ include "besluitvorming.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "besluitvorming.selectorLabels" -}}
app.kubernetes.io/name: {{ include "besluitvorming.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "besluitvorming.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "besluitvorming.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "besluitvorming.secretName" -}}
{{- default (include "besluitvorming.fullname" .) .Values.existingSecret }}
{{- end }}
