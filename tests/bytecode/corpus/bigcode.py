def many_consts():
    return [
        0.5,
        1.5,
        2.5,
        3.5,
        4.5,
        5.5,
        6.5,
        7.5,
        8.5,
        9.5,
        10.5,
        11.5,
        12.5,
        13.5,
        14.5,
        15.5,
        16.5,
        17.5,
        18.5,
        19.5,
        20.5,
        21.5,
        22.5,
        23.5,
        24.5,
        25.5,
        26.5,
        27.5,
        28.5,
        29.5,
        30.5,
        31.5,
        32.5,
        33.5,
        34.5,
        35.5,
        36.5,
        37.5,
        38.5,
        39.5,
        40.5,
        41.5,
        42.5,
        43.5,
        44.5,
        45.5,
        46.5,
        47.5,
        48.5,
        49.5,
        50.5,
        51.5,
        52.5,
        53.5,
        54.5,
        55.5,
        56.5,
        57.5,
        58.5,
        59.5,
        60.5,
        61.5,
        62.5,
        63.5,
        64.5,
        65.5,
        66.5,
        67.5,
        68.5,
        69.5,
        70.5,
        71.5,
        72.5,
        73.5,
        74.5,
        75.5,
        76.5,
        77.5,
        78.5,
        79.5,
        80.5,
        81.5,
        82.5,
        83.5,
        84.5,
        85.5,
        86.5,
        87.5,
        88.5,
        89.5,
        90.5,
        91.5,
        92.5,
        93.5,
        94.5,
        95.5,
        96.5,
        97.5,
        98.5,
        99.5,
        100.5,
        101.5,
        102.5,
        103.5,
        104.5,
        105.5,
        106.5,
        107.5,
        108.5,
        109.5,
        110.5,
        111.5,
        112.5,
        113.5,
        114.5,
        115.5,
        116.5,
        117.5,
        118.5,
        119.5,
        120.5,
        121.5,
        122.5,
        123.5,
        124.5,
        125.5,
        126.5,
        127.5,
        128.5,
        129.5,
        130.5,
        131.5,
        132.5,
        133.5,
        134.5,
        135.5,
        136.5,
        137.5,
        138.5,
        139.5,
        140.5,
        141.5,
        142.5,
        143.5,
        144.5,
        145.5,
        146.5,
        147.5,
        148.5,
        149.5,
        150.5,
        151.5,
        152.5,
        153.5,
        154.5,
        155.5,
        156.5,
        157.5,
        158.5,
        159.5,
        160.5,
        161.5,
        162.5,
        163.5,
        164.5,
        165.5,
        166.5,
        167.5,
        168.5,
        169.5,
        170.5,
        171.5,
        172.5,
        173.5,
        174.5,
        175.5,
        176.5,
        177.5,
        178.5,
        179.5,
        180.5,
        181.5,
        182.5,
        183.5,
        184.5,
        185.5,
        186.5,
        187.5,
        188.5,
        189.5,
        190.5,
        191.5,
        192.5,
        193.5,
        194.5,
        195.5,
        196.5,
        197.5,
        198.5,
        199.5,
        200.5,
        201.5,
        202.5,
        203.5,
        204.5,
        205.5,
        206.5,
        207.5,
        208.5,
        209.5,
        210.5,
        211.5,
        212.5,
        213.5,
        214.5,
        215.5,
        216.5,
        217.5,
        218.5,
        219.5,
        220.5,
        221.5,
        222.5,
        223.5,
        224.5,
        225.5,
        226.5,
        227.5,
        228.5,
        229.5,
        230.5,
        231.5,
        232.5,
        233.5,
        234.5,
        235.5,
        236.5,
        237.5,
        238.5,
        239.5,
        240.5,
        241.5,
        242.5,
        243.5,
        244.5,
        245.5,
        246.5,
        247.5,
        248.5,
        249.5,
        250.5,
        251.5,
        252.5,
        253.5,
        254.5,
        255.5,
        256.5,
        257.5,
        258.5,
        259.5,
        260.5,
        261.5,
        262.5,
        263.5,
        264.5,
        265.5,
        266.5,
        267.5,
        268.5,
        269.5,
        270.5,
        271.5,
        272.5,
        273.5,
        274.5,
        275.5,
        276.5,
        277.5,
        278.5,
        279.5,
        280.5,
        281.5,
        282.5,
        283.5,
        284.5,
        285.5,
        286.5,
        287.5,
        288.5,
        289.5,
        290.5,
        291.5,
        292.5,
        293.5,
        294.5,
        295.5,
        296.5,
        297.5,
        298.5,
        299.5,
    ]

def long_jump(x):
    if x:
        x = x + 0
        x = x + 1
        x = x + 2
        x = x + 3
        x = x + 4
        x = x + 5
        x = x + 6
        x = x + 7
        x = x + 8
        x = x + 9
        x = x + 10
        x = x + 11
        x = x + 12
        x = x + 13
        x = x + 14
        x = x + 15
        x = x + 16
        x = x + 17
        x = x + 18
        x = x + 19
        x = x + 20
        x = x + 21
        x = x + 22
        x = x + 23
        x = x + 24
        x = x + 25
        x = x + 26
        x = x + 27
        x = x + 28
        x = x + 29
        x = x + 30
        x = x + 31
        x = x + 32
        x = x + 33
        x = x + 34
        x = x + 35
        x = x + 36
        x = x + 37
        x = x + 38
        x = x + 39
        x = x + 40
        x = x + 41
        x = x + 42
        x = x + 43
        x = x + 44
        x = x + 45
        x = x + 46
        x = x + 47
        x = x + 48
        x = x + 49
        x = x + 50
        x = x + 51
        x = x + 52
        x = x + 53
        x = x + 54
        x = x + 55
        x = x + 56
        x = x + 57
        x = x + 58
        x = x + 59
        x = x + 60
        x = x + 61
        x = x + 62
        x = x + 63
        x = x + 64
        x = x + 65
        x = x + 66
        x = x + 67
        x = x + 68
        x = x + 69
        x = x + 70
        x = x + 71
        x = x + 72
        x = x + 73
        x = x + 74
        x = x + 75
        x = x + 76
        x = x + 77
        x = x + 78
        x = x + 79
        x = x + 80
        x = x + 81
        x = x + 82
        x = x + 83
        x = x + 84
        x = x + 85
        x = x + 86
        x = x + 87
        x = x + 88
        x = x + 89
        x = x + 90
        x = x + 91
        x = x + 92
        x = x + 93
        x = x + 94
        x = x + 95
        x = x + 96
        x = x + 97
        x = x + 98
        x = x + 99
        x = x + 100
        x = x + 101
        x = x + 102
        x = x + 103
        x = x + 104
        x = x + 105
        x = x + 106
        x = x + 107
        x = x + 108
        x = x + 109
        x = x + 110
        x = x + 111
        x = x + 112
        x = x + 113
        x = x + 114
        x = x + 115
        x = x + 116
        x = x + 117
        x = x + 118
        x = x + 119
        x = x + 120
        x = x + 121
        x = x + 122
        x = x + 123
        x = x + 124
        x = x + 125
        x = x + 126
        x = x + 127
        x = x + 128
        x = x + 129
        x = x + 130
        x = x + 131
        x = x + 132
        x = x + 133
        x = x + 134
        x = x + 135
        x = x + 136
        x = x + 137
        x = x + 138
        x = x + 139
        x = x + 140
        x = x + 141
        x = x + 142
        x = x + 143
        x = x + 144
        x = x + 145
        x = x + 146
        x = x + 147
        x = x + 148
        x = x + 149
        x = x + 150
        x = x + 151
        x = x + 152
        x = x + 153
        x = x + 154
        x = x + 155
        x = x + 156
        x = x + 157
        x = x + 158
        x = x + 159
        x = x + 160
        x = x + 161
        x = x + 162
        x = x + 163
        x = x + 164
        x = x + 165
        x = x + 166
        x = x + 167
        x = x + 168
        x = x + 169
        x = x + 170
        x = x + 171
        x = x + 172
        x = x + 173
        x = x + 174
        x = x + 175
        x = x + 176
        x = x + 177
        x = x + 178
        x = x + 179
        x = x + 180
        x = x + 181
        x = x + 182
        x = x + 183
        x = x + 184
        x = x + 185
        x = x + 186
        x = x + 187
        x = x + 188
        x = x + 189
        x = x + 190
        x = x + 191
        x = x + 192
        x = x + 193
        x = x + 194
        x = x + 195
        x = x + 196
        x = x + 197
        x = x + 198
        x = x + 199
    return x

def many_names(o):
    o.attr0 = 1
    o.attr1 = 1
    o.attr2 = 1
    o.attr3 = 1
    o.attr4 = 1
    o.attr5 = 1
    o.attr6 = 1
    o.attr7 = 1
    o.attr8 = 1
    o.attr9 = 1
    o.attr10 = 1
    o.attr11 = 1
    o.attr12 = 1
    o.attr13 = 1
    o.attr14 = 1
    o.attr15 = 1
    o.attr16 = 1
    o.attr17 = 1
    o.attr18 = 1
    o.attr19 = 1
    o.attr20 = 1
    o.attr21 = 1
    o.attr22 = 1
    o.attr23 = 1
    o.attr24 = 1
    o.attr25 = 1
    o.attr26 = 1
    o.attr27 = 1
    o.attr28 = 1
    o.attr29 = 1
    o.attr30 = 1
    o.attr31 = 1
    o.attr32 = 1
    o.attr33 = 1
    o.attr34 = 1
    o.attr35 = 1
    o.attr36 = 1
    o.attr37 = 1
    o.attr38 = 1
    o.attr39 = 1
    o.attr40 = 1
    o.attr41 = 1
    o.attr42 = 1
    o.attr43 = 1
    o.attr44 = 1
    o.attr45 = 1
    o.attr46 = 1
    o.attr47 = 1
    o.attr48 = 1
    o.attr49 = 1
    o.attr50 = 1
    o.attr51 = 1
    o.attr52 = 1
    o.attr53 = 1
    o.attr54 = 1
    o.attr55 = 1
    o.attr56 = 1
    o.attr57 = 1
    o.attr58 = 1
    o.attr59 = 1
    o.attr60 = 1
    o.attr61 = 1
    o.attr62 = 1
    o.attr63 = 1
    o.attr64 = 1
    o.attr65 = 1
    o.attr66 = 1
    o.attr67 = 1
    o.attr68 = 1
    o.attr69 = 1
    o.attr70 = 1
    o.attr71 = 1
    o.attr72 = 1
    o.attr73 = 1
    o.attr74 = 1
    o.attr75 = 1
    o.attr76 = 1
    o.attr77 = 1
    o.attr78 = 1
    o.attr79 = 1
    o.attr80 = 1
    o.attr81 = 1
    o.attr82 = 1
    o.attr83 = 1
    o.attr84 = 1
    o.attr85 = 1
    o.attr86 = 1
    o.attr87 = 1
    o.attr88 = 1
    o.attr89 = 1
    o.attr90 = 1
    o.attr91 = 1
    o.attr92 = 1
    o.attr93 = 1
    o.attr94 = 1
    o.attr95 = 1
    o.attr96 = 1
    o.attr97 = 1
    o.attr98 = 1
    o.attr99 = 1
    o.attr100 = 1
    o.attr101 = 1
    o.attr102 = 1
    o.attr103 = 1
    o.attr104 = 1
    o.attr105 = 1
    o.attr106 = 1
    o.attr107 = 1
    o.attr108 = 1
    o.attr109 = 1
    o.attr110 = 1
    o.attr111 = 1
    o.attr112 = 1
    o.attr113 = 1
    o.attr114 = 1
    o.attr115 = 1
    o.attr116 = 1
    o.attr117 = 1
    o.attr118 = 1
    o.attr119 = 1
    o.attr120 = 1
    o.attr121 = 1
    o.attr122 = 1
    o.attr123 = 1
    o.attr124 = 1
    o.attr125 = 1
    o.attr126 = 1
    o.attr127 = 1
    o.attr128 = 1
    o.attr129 = 1
    o.attr130 = 1
    o.attr131 = 1
    o.attr132 = 1
    o.attr133 = 1
    o.attr134 = 1
    o.attr135 = 1
    o.attr136 = 1
    o.attr137 = 1
    o.attr138 = 1
    o.attr139 = 1
    o.attr140 = 1
    o.attr141 = 1
    o.attr142 = 1
    o.attr143 = 1
    o.attr144 = 1
    o.attr145 = 1
    o.attr146 = 1
    o.attr147 = 1
    o.attr148 = 1
    o.attr149 = 1
    o.attr150 = 1
    o.attr151 = 1
    o.attr152 = 1
    o.attr153 = 1
    o.attr154 = 1
    o.attr155 = 1
    o.attr156 = 1
    o.attr157 = 1
    o.attr158 = 1
    o.attr159 = 1
    o.attr160 = 1
    o.attr161 = 1
    o.attr162 = 1
    o.attr163 = 1
    o.attr164 = 1
    o.attr165 = 1
    o.attr166 = 1
    o.attr167 = 1
    o.attr168 = 1
    o.attr169 = 1
    o.attr170 = 1
    o.attr171 = 1
    o.attr172 = 1
    o.attr173 = 1
    o.attr174 = 1
    o.attr175 = 1
    o.attr176 = 1
    o.attr177 = 1
    o.attr178 = 1
    o.attr179 = 1
    o.attr180 = 1
    o.attr181 = 1
    o.attr182 = 1
    o.attr183 = 1
    o.attr184 = 1
    o.attr185 = 1
    o.attr186 = 1
    o.attr187 = 1
    o.attr188 = 1
    o.attr189 = 1
    o.attr190 = 1
    o.attr191 = 1
    o.attr192 = 1
    o.attr193 = 1
    o.attr194 = 1
    o.attr195 = 1
    o.attr196 = 1
    o.attr197 = 1
    o.attr198 = 1
    o.attr199 = 1
    o.attr200 = 1
    o.attr201 = 1
    o.attr202 = 1
    o.attr203 = 1
    o.attr204 = 1
    o.attr205 = 1
    o.attr206 = 1
    o.attr207 = 1
    o.attr208 = 1
    o.attr209 = 1
    o.attr210 = 1
    o.attr211 = 1
    o.attr212 = 1
    o.attr213 = 1
    o.attr214 = 1
    o.attr215 = 1
    o.attr216 = 1
    o.attr217 = 1
    o.attr218 = 1
    o.attr219 = 1
    o.attr220 = 1
    o.attr221 = 1
    o.attr222 = 1
    o.attr223 = 1
    o.attr224 = 1
    o.attr225 = 1
    o.attr226 = 1
    o.attr227 = 1
    o.attr228 = 1
    o.attr229 = 1
    o.attr230 = 1
    o.attr231 = 1
    o.attr232 = 1
    o.attr233 = 1
    o.attr234 = 1
    o.attr235 = 1
    o.attr236 = 1
    o.attr237 = 1
    o.attr238 = 1
    o.attr239 = 1
    o.attr240 = 1
    o.attr241 = 1
    o.attr242 = 1
    o.attr243 = 1
    o.attr244 = 1
    o.attr245 = 1
    o.attr246 = 1
    o.attr247 = 1
    o.attr248 = 1
    o.attr249 = 1
    o.attr250 = 1
    o.attr251 = 1
    o.attr252 = 1
    o.attr253 = 1
    o.attr254 = 1
    o.attr255 = 1
    o.attr256 = 1
    o.attr257 = 1
    o.attr258 = 1
    o.attr259 = 1
    o.attr260 = 1
    o.attr261 = 1
    o.attr262 = 1
    o.attr263 = 1
    o.attr264 = 1
    o.attr265 = 1
    o.attr266 = 1
    o.attr267 = 1
    o.attr268 = 1
    o.attr269 = 1

def long_loop(xs):
    for x in xs:
        print(x, 0)
        print(x, 1)
        print(x, 2)
        print(x, 3)
        print(x, 4)
        print(x, 5)
        print(x, 6)
        print(x, 7)
        print(x, 8)
        print(x, 9)
        print(x, 10)
        print(x, 11)
        print(x, 12)
        print(x, 13)
        print(x, 14)
        print(x, 15)
        print(x, 16)
        print(x, 17)
        print(x, 18)
        print(x, 19)
        print(x, 20)
        print(x, 21)
        print(x, 22)
        print(x, 23)
        print(x, 24)
        print(x, 25)
        print(x, 26)
        print(x, 27)
        print(x, 28)
        print(x, 29)
        print(x, 30)
        print(x, 31)
        print(x, 32)
        print(x, 33)
        print(x, 34)
        print(x, 35)
        print(x, 36)
        print(x, 37)
        print(x, 38)
        print(x, 39)
        print(x, 40)
        print(x, 41)
        print(x, 42)
        print(x, 43)
        print(x, 44)
        print(x, 45)
        print(x, 46)
        print(x, 47)
        print(x, 48)
        print(x, 49)
        print(x, 50)
        print(x, 51)
        print(x, 52)
        print(x, 53)
        print(x, 54)
        print(x, 55)
        print(x, 56)
        print(x, 57)
        print(x, 58)
        print(x, 59)
        print(x, 60)
        print(x, 61)
        print(x, 62)
        print(x, 63)
        print(x, 64)
        print(x, 65)
        print(x, 66)
        print(x, 67)
        print(x, 68)
        print(x, 69)
        print(x, 70)
        print(x, 71)
        print(x, 72)
        print(x, 73)
        print(x, 74)
        print(x, 75)
        print(x, 76)
        print(x, 77)
        print(x, 78)
        print(x, 79)
        print(x, 80)
        print(x, 81)
        print(x, 82)
        print(x, 83)
        print(x, 84)
        print(x, 85)
        print(x, 86)
        print(x, 87)
        print(x, 88)
        print(x, 89)
        print(x, 90)
        print(x, 91)
        print(x, 92)
        print(x, 93)
        print(x, 94)
        print(x, 95)
        print(x, 96)
        print(x, 97)
        print(x, 98)
        print(x, 99)
        print(x, 100)
        print(x, 101)
        print(x, 102)
        print(x, 103)
        print(x, 104)
        print(x, 105)
        print(x, 106)
        print(x, 107)
        print(x, 108)
        print(x, 109)
        print(x, 110)
        print(x, 111)
        print(x, 112)
        print(x, 113)
        print(x, 114)
        print(x, 115)
        print(x, 116)
        print(x, 117)
        print(x, 118)
        print(x, 119)
        print(x, 120)
        print(x, 121)
        print(x, 122)
        print(x, 123)
        print(x, 124)
        print(x, 125)
        print(x, 126)
        print(x, 127)
        print(x, 128)
        print(x, 129)
        print(x, 130)
        print(x, 131)
        print(x, 132)
        print(x, 133)
        print(x, 134)
        print(x, 135)
        print(x, 136)
        print(x, 137)
        print(x, 138)
        print(x, 139)
        print(x, 140)
        print(x, 141)
        print(x, 142)
        print(x, 143)
        print(x, 144)
        print(x, 145)
        print(x, 146)
        print(x, 147)
        print(x, 148)
        print(x, 149)
    return 0
